/**
 * What the PHP side prints before the app (window.entitlementLedger, see
 * Admin/AdminPage::boot_data()), read defensively.
 */

export interface BootData {
	storeCurrency: string;
	capabilities: {
		manageEntitlements: boolean;
		viewReports: boolean;
		manageSettings: boolean;
		manageLicenses: boolean;
	};
}

/**
 * @return The boot data; safe defaults when missing (tests, a broken page).
 */
export function getBootData(): BootData {
	const raw = ( globalThis as { entitlementLedger?: Partial< BootData > } )
		.entitlementLedger;
	const caps: Partial< BootData[ 'capabilities' ] > = raw?.capabilities ?? {};
	return {
		storeCurrency:
			typeof raw?.storeCurrency === 'string' ? raw.storeCurrency : 'USD',
		capabilities: {
			manageEntitlements: caps.manageEntitlements !== false,
			viewReports: caps.viewReports !== false,
			manageSettings: caps.manageSettings !== false,
			// Licenses and brand API keys: only when the page says so.
			manageLicenses: caps.manageLicenses === true,
		},
	};
}
