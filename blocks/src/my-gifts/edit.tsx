/**
 * WordPress dependencies
 */
import { useBlockProps } from '@wordpress/block-editor';
import { Placeholder } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * The block in the editor: a placeholder. The customer's gifts are only
 * known on the front end, where render.php prints them.
 */
export default function Edit() {
	const blockProps = useBlockProps();
	return (
		<div { ...blockProps }>
			<Placeholder
				icon="awards"
				label={ __( 'My premium gifts', 'entitlement-ledger' ) }
				instructions={ __(
					'Shows the signed-in customer their premium gift entitlements, by cycle, and the gifts they can choose. The list appears on the front end.',
					'entitlement-ledger'
				) }
			/>
		</div>
	);
}
