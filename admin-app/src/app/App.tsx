/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { useCallback, useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import ErrorBoundary from './ErrorBoundary';
import Notices from './Notices';
import { navigate, useRoute } from './router';
import { DEFAULT_SCREEN, getScreens } from './screens';

/**
 * The admin app shell: the page heading, the navigation between screens (the
 * `screen` query argument), snackbars, and an error boundary per screen.
 */
export default function App() {
	const screens = useMemo( () => getScreens(), [] );
	const route = useRoute();
	const names = screens.map( ( screen ) => screen.name );
	const current =
		route.screen && names.includes( route.screen )
			? route.screen
			: DEFAULT_SCREEN;
	const onSelect = useCallback( ( name: string ) => {
		if ( name !== readScreen() ) {
			navigate( { screen: name } );
		}
	}, [] );

	return (
		<div className="el-admin">
			<h1 className="el-admin__title">
				{ __( 'Entitlements', 'entitlement-ledger' ) }
			</h1>
			<TabPanel
				// Re-mounted when the route changes the screen (Back button).
				key={ current }
				className="el-admin__tabs"
				initialTabName={ current }
				onSelect={ onSelect }
				tabs={ screens.map( ( { name, title } ) => ( {
					name,
					title,
				} ) ) }
			>
				{ ( tab ) => {
					const screen = screens.find(
						( candidate ) => candidate.name === tab.name
					);
					const Screen = screen?.component;
					return Screen ? (
						<ErrorBoundary>
							<Screen />
						</ErrorBoundary>
					) : null;
				} }
			</TabPanel>
			<Notices />
		</div>
	);
}

function readScreen(): string {
	return (
		new URLSearchParams( window.location.search ).get( 'screen' ) ??
		DEFAULT_SCREEN
	);
}
