/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Settings screen (shell: filled by a later issue).
 */
export default function SettingsScreen() {
	return (
		<div className="el-screen el-screen--settings">
			<p>
				{ __(
					'Settings of the entitlement ledger will be edited here.',
					'entitlement-ledger'
				) }
			</p>
		</div>
	);
}
