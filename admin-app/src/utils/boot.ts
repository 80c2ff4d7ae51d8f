/**
 * What the PHP side prints before the app (window.entitlementLedger, see
 * Admin/AdminPage::boot_data()), read defensively.
 */
export interface BootData {
	userId: number;
	storeCurrency: string;
	currencies: string[];
	capabilities: {
		manageEntitlements: boolean;
		viewReports: boolean;
		manageSettings: boolean;
		manageLicenses: boolean;
	};
}

declare global {
	interface Window {
		entitlementLedger?: Partial< BootData >;
	}
}

/**
 * @return The boot data; safe defaults when missing (tests, a broken page).
 */
export function getBootData(): BootData {
	const data: Partial< BootData > =
		( typeof window !== 'undefined' && window.entitlementLedger ) || {};
	const caps: Partial< BootData[ 'capabilities' ] > = data.capabilities ?? {};
	return {
		userId: typeof data.userId === 'number' ? data.userId : 0,
		storeCurrency:
			typeof data.storeCurrency === 'string' ? data.storeCurrency : 'USD',
		currencies: Array.isArray( data.currencies ) ? data.currencies : [],
		capabilities: {
			manageEntitlements: caps.manageEntitlements !== false,
			viewReports: caps.viewReports !== false,
			manageSettings: caps.manageSettings !== false,
			// Licenses and brand API keys: only when the page says so.
			manageLicenses: caps.manageLicenses === true,
		},
	};
}
