/**
 * Internal dependencies
 */
import type { BootData } from '../utils/boot';

export type Capabilities = BootData[ 'capabilities' ];

/**
 * The capability each screen needs (its REST routes answer 403 without it).
 */
const SCREEN_CAPABILITIES: Record< string, keyof Capabilities > = {
	circulation: 'manageEntitlements',
	gifts: 'manageEntitlements',
	reports: 'viewReports',
	licenses: 'manageLicenses',
	brands: 'manageLicenses',
	settings: 'manageSettings',
};

/**
 * @param name         Screen name.
 * @param capabilities What the user may do (boot data).
 * @return Whether the screen is offered to the user.
 */
export function canOpenScreen(
	name: string,
	capabilities: Capabilities
): boolean {
	const capability = SCREEN_CAPABILITIES[ name ];
	return capability !== undefined && capabilities[ capability ];
}
