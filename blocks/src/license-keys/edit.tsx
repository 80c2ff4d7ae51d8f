/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

/**
 * The block in the editor: what it does. The keys are only known on the front
 * end, where render.php prints them for whoever is logged in.
 */
export default function Edit() {
	const blockProps = useBlockProps( { className: 'el-license-keys' } );
	return (
		<div { ...blockProps }>
			<div className="el-license-keys__notice is-info">
				<p>
					{ __(
						'On the site, each logged-in customer sees their license keys here: the products they unlock, seats in use, expiry and the active instances, with a button to deactivate an instance. Visitors who are not logged in see a link to log in.',
						'entitlement-ledger'
					) }
				</p>
			</div>
		</div>
	);
}
