/**
 * WordPress dependencies
 */
import { Spinner, TabPanel } from '@wordpress/components';
import { Suspense, useCallback, useMemo } from '@wordpress/element';
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
	// The first screen the user may open when the route names none (or one
	// they may not open).
	const fallback = names.includes( DEFAULT_SCREEN )
		? DEFAULT_SCREEN
		: ( names[ 0 ] ?? DEFAULT_SCREEN );
	const current =
		route.screen && names.includes( route.screen )
			? route.screen
			: fallback;
	const onSelect = useCallback(
		( name: string ) => {
			if ( name !== readScreen( fallback ) ) {
				navigate( { screen: name } );
			}
		},
		[ fallback ]
	);

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
							<Suspense
								fallback={
									<p className="el-detail__loading">
										<Spinner />
										{ __(
											'Loading…',
											'entitlement-ledger'
										) }
									</p>
								}
							>
								<Screen />
							</Suspense>
						</ErrorBoundary>
					) : null;
				} }
			</TabPanel>
			<Notices />
		</div>
	);
}

function readScreen( fallback: string ): string {
	return (
		new URLSearchParams( window.location.search ).get( 'screen' ) ??
		fallback
	);
}
