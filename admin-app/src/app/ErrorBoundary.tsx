/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { Component } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

interface Props {
	children: ReactNode;
}

interface State {
	error: Error | null;
}

/**
 * Catches a screen's rendering error and shows it with a way to try again,
 * instead of a blank page.
 */
export default class ErrorBoundary extends Component< Props, State > {
	override state: State = { error: null };

	static getDerivedStateFromError( error: Error ): State {
		return { error };
	}

	override render() {
		const { error } = this.state;
		if ( ! error ) {
			return this.props.children;
		}
		return (
			<div role="alert" className="el-error-notice">
				<Notice status="error" isDismissible={ false }>
					<p>
						{ __(
							'This screen stopped working.',
							'entitlement-ledger'
						) }{ ' ' }
						<code>{ error.message }</code>
					</p>
					<Button
						variant="secondary"
						onClick={ () => this.setState( { error: null } ) }
					>
						{ __( 'Try again', 'entitlement-ledger' ) }
					</Button>
				</Notice>
			</div>
		);
	}
}
