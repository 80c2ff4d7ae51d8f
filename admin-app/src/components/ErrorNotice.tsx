/**
 * WordPress dependencies
 */
import { Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ApiError } from '../api/types';

interface Props {
	error: ApiError;
	onRetry?: () => void;
}

/**
 * Shows a REST error's message. The wrapper is an alert so that screen
 * readers announce it and tests find it by role.
 *
 * @param props         Component props.
 * @param props.error   The error to show.
 * @param props.onRetry Called by the "Retry" action, when given.
 */
export default function ErrorNotice( { error, onRetry }: Props ) {
	return (
		<div role="alert" className="el-error-notice">
			<Notice
				status="error"
				isDismissible={ false }
				actions={
					onRetry
						? [
								{
									label: __( 'Retry', 'entitlement-ledger' ),
									onClick: onRetry,
								},
							]
						: []
				}
			>
				{ error.message }
			</Notice>
		</div>
	);
}
