/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Reports screen (shell: filled by a later issue).
 */
export default function ReportsScreen() {
	return (
		<div className="el-screen el-screen--reports">
			<p>
				{ __(
					'Deferred and earned revenue, and the liability by cycle, will be reported here.',
					'entitlement-ledger'
				) }
			</p>
		</div>
	);
}
