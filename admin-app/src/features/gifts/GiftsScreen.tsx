/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Gifts screen (shell: filled by a later issue).
 */
export default function GiftsScreen() {
	return (
		<div className="el-screen el-screen--gifts">
			<p>
				{ __(
					'Gifts customers can choose for each cycle will be managed here.',
					'entitlement-ledger'
				) }
			</p>
		</div>
	);
}
