#!/bin/sh
# A stand-in flasher: says what it would flash.
echo "flashing $2 from $1"
