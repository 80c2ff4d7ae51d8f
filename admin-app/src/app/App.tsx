/**
 * WordPress dependencies
 */
import { TabPanel } from '@wordpress/components';
import { useCallback, useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { addQueryArgs, getQueryArg } from '@wordpress/url';

/**
 * Internal dependencies
 */
import { DEFAULT_SCREEN, getScreens } from './screens';

function getInitialScreen( names: string[] ): string {
	const requested = getQueryArg( window.location.href, 'screen' );
	return typeof requested === 'string' && names.includes( requested )
		? requested
		: DEFAULT_SCREEN;
}

/**
 * The admin app shell: the page heading and the navigation between screens.
 * The current screen is kept in the `screen` query argument so that a
 * reload or a shared link opens the same screen.
 */
export default function App() {
	const screens = useMemo( () => getScreens(), [] );
	const initialTabName = useMemo(
		() => getInitialScreen( screens.map( ( screen ) => screen.name ) ),
		[ screens ]
	);
	const onSelect = useCallback( ( name: string ) => {
		const url = addQueryArgs( window.location.href, { screen: name } );
		window.history.replaceState( window.history.state, '', url );
	}, [] );

	return (
		<div className="el-admin">
			<h1 className="el-admin__title">
				{ __( 'Entitlements', 'entitlement-ledger' ) }
			</h1>
			<TabPanel
				className="el-admin__tabs"
				initialTabName={ initialTabName }
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
					return Screen ? <Screen /> : null;
				} }
			</TabPanel>
		</div>
	);
}
