/**
 * What the PHP side prints before the app (window.entitlementLedger,
 * Admin/AdminPage::boot_data()).
 */
export interface BootData {
	userId: number;
	storeCurrency: string;
	currencies: string[];
	capabilities: Record< string, boolean >;
}

declare global {
	interface Window {
		entitlementLedger?: Partial< BootData >;
	}
}

/**
 * @return The boot data, with defaults for anything missing.
 */
export function getBootData(): BootData {
	const data =
		( typeof window !== 'undefined' && window.entitlementLedger ) || {};
	return {
		userId: typeof data.userId === 'number' ? data.userId : 0,
		storeCurrency: data.storeCurrency ?? 'USD',
		currencies: Array.isArray( data.currencies ) ? data.currencies : [],
		capabilities: data.capabilities ?? {},
	};
}
