/**
 * WordPress dependencies
 */
import { createRoot, StrictMode } from '@wordpress/element';

/**
 * Internal dependencies
 */
import App from './app/App';
import './store/entitlements';
import './style.scss';
// The lazily loaded license screens' styles ship in index.css: a CSS chunk
// would add CSS-loading code to the entry script.
import './features/licenses/style.scss';
import './features/brands/style.scss';

const ROOT_ID = 'entitlement-ledger-admin';

function mount(): void {
	const container = document.getElementById( ROOT_ID );
	if ( ! container ) {
		return;
	}
	createRoot( container ).render(
		<StrictMode>
			<App />
		</StrictMode>
	);
}

if ( document.readyState === 'loading' ) {
	document.addEventListener( 'DOMContentLoaded', mount );
} else {
	mount();
}
