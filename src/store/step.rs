//! The steps of the device store a driver can refuse, named once so that a failure's
//! words come from the catalogs only when it is reported (the step is given on every call,
//! the text is looked up on the error path only: an import of 100 000 rows looks up none).

/// What the store was doing when its driver failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreStep {
    ClaimUnit,
    CommitImport,
    CommitSchemaMigration,
    Configure,
    CopyIntoStore,
    CountDevices,
    CountLineStates,
    CountUnitsWithoutBindUrl,
    InsertDevice,
    InsertDevices,
    ListBatches,
    ListDevices,
    ListFailures,
    LockStoreForImport,
    LookUpDevice,
    LookUpDevices,
    NumberBatch,
    Open,
    PickNextUnit,
    Prepare,
    ReadDevice,
    ReadLedger,
    ReadLineState,
    ReadSchemaVersion,
    RecordLedgerEvent,
    RecordLineStep,
    RecordBatch,
    RecordSeed,
    RestartImport,
    RollBackImport,
    SaveDeviceState,
    SetSchemaVersion,
    StartLineTransaction,
    StartImportTransaction,
    StartSchemaMigration,
    WriteLedger,
    WatchForChanges,
    SchemaMigration,
    /// Reading one table (`store copy`, `store info`).
    ReadTable(&'static str),
    /// Applying one schema migration (numbered from 1).
    Migration(usize),
}

impl StoreStep {
    /// The step in the chosen language (`cannot list devices`).
    pub fn text(self) -> String {
        match self {
            StoreStep::ClaimUnit => crate::fl!("store-step-claim-unit"),
            StoreStep::WatchForChanges => crate::fl!("store-step-watch-for-changes"),
            StoreStep::CommitImport => crate::fl!("store-step-commit-import"),
            StoreStep::CommitSchemaMigration => crate::fl!("store-step-commit-schema-migration"),
            StoreStep::Configure => crate::fl!("store-step-configure"),
            StoreStep::CopyIntoStore => crate::fl!("store-step-copy-into-store"),
            StoreStep::CountDevices => crate::fl!("store-step-count-devices"),
            StoreStep::CountLineStates => crate::fl!("store-step-count-line-states"),
            StoreStep::CountUnitsWithoutBindUrl => {
                crate::fl!("store-step-count-units-without-bind-URL")
            }
            StoreStep::InsertDevice => crate::fl!("store-step-insert-device"),
            StoreStep::InsertDevices => crate::fl!("store-step-insert-devices"),
            StoreStep::ListBatches => crate::fl!("store-step-list-batches"),
            StoreStep::ListDevices => crate::fl!("store-step-list-devices"),
            StoreStep::ListFailures => crate::fl!("store-step-list-failures"),
            StoreStep::LockStoreForImport => crate::fl!("store-step-lock-store-for-import"),
            StoreStep::LookUpDevice => crate::fl!("store-step-look-up-device"),
            StoreStep::LookUpDevices => crate::fl!("store-step-look-up-devices"),
            StoreStep::NumberBatch => crate::fl!("store-step-number-batch"),
            StoreStep::Open => crate::fl!("store-step-open"),
            StoreStep::PickNextUnit => crate::fl!("store-step-pick-next-unit"),
            StoreStep::Prepare => crate::fl!("store-step-prepare"),
            StoreStep::ReadDevice => crate::fl!("store-step-read-device"),
            StoreStep::ReadLedger => crate::fl!("store-step-read-ledger"),
            StoreStep::ReadLineState => crate::fl!("store-step-read-line-state"),
            StoreStep::ReadSchemaVersion => crate::fl!("store-step-read-schema-version"),
            StoreStep::RecordLedgerEvent => crate::fl!("store-step-record-ledger-event"),
            StoreStep::RecordLineStep => crate::fl!("store-step-record-line-step"),
            StoreStep::RecordBatch => crate::fl!("store-step-record-batch"),
            StoreStep::RecordSeed => crate::fl!("store-step-record-seed"),
            StoreStep::RestartImport => crate::fl!("store-step-restart-import"),
            StoreStep::RollBackImport => crate::fl!("store-step-roll-back-import"),
            StoreStep::SaveDeviceState => crate::fl!("store-step-save-device-state"),
            StoreStep::SetSchemaVersion => crate::fl!("store-step-set-schema-version"),
            StoreStep::StartLineTransaction => crate::fl!("store-step-start-line-transaction"),
            StoreStep::StartImportTransaction => crate::fl!("store-step-start-import-transaction"),
            StoreStep::StartSchemaMigration => crate::fl!("store-step-start-schema-migration"),
            StoreStep::WriteLedger => crate::fl!("store-step-write-ledger"),
            StoreStep::SchemaMigration => crate::fl!("store-step-schema-migration"),
            StoreStep::ReadTable(table) => crate::fl!("store-step-read-table", table = table),
            StoreStep::Migration(n) => crate::fl!("store-step-migration", number = n),
        }
    }
}
