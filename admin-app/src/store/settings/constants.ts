export const STORE_NAME = 'entitlement-ledger/settings';
