/**
 * External dependencies
 */
import type { ComponentType } from 'react';

/**
 * WordPress dependencies
 */
import { lazy } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import CirculationScreen from '../features/circulation/CirculationScreen';
import GiftsScreen from '../features/gifts/GiftsScreen';
import { getBootData } from '../utils/boot';
import { canOpenScreen, type Capabilities } from './access';

export interface Screen {
	name: string;
	title: string;
	component: ComponentType;
}

/*
 * Circulation and Gifts, the screens staff open all day, are in the main
 * bundle. Reports and Settings load on first use, and the license screens
 * too (their own chunk, with their stores): circulation staff never download
 * them.
 */
const ReportsScreen = lazy(
	() =>
		import(
			/* webpackChunkName: "reports" */ '../features/reports/ReportsScreen'
		)
);
const SettingsScreen = lazy(
	() =>
		import(
			/* webpackChunkName: "settings" */ '../features/settings/SettingsScreen'
		)
);
const LicensesScreen = lazy(
	() =>
		import(
			/* webpackChunkName: "licenses" */ '../features/licenses/LicensesScreen'
		)
);
const BrandsScreen = lazy(
	() =>
		import(
			/* webpackChunkName: "licenses" */ '../features/brands/BrandsScreen'
		)
);

/**
 * The screens of the admin app, in navigation order. `name` is the value of
 * the `screen` query argument of admin.php?page=entitlement-ledger.
 *
 * @param capabilities What the user may do (boot data); a screen whose
 *                     capability is missing is not offered (its REST routes
 *                     would answer 403 anyway).
 * @return Screens the user may open.
 */
export function getScreens(
	capabilities: Capabilities = getBootData().capabilities
): Screen[] {
	const all: Screen[] = [
		{
			name: 'circulation',
			title: __( 'Circulation', 'entitlement-ledger' ),
			component: CirculationScreen,
		},
		{
			name: 'gifts',
			title: __( 'Gifts', 'entitlement-ledger' ),
			component: GiftsScreen,
		},
		{
			name: 'reports',
			title: __( 'Reports', 'entitlement-ledger' ),
			component: ReportsScreen,
		},
		{
			name: 'licenses',
			title: __( 'Licenses', 'entitlement-ledger' ),
			component: LicensesScreen,
		},
		{
			name: 'brands',
			title: __( 'Brands', 'entitlement-ledger' ),
			component: BrandsScreen,
		},
		{
			name: 'settings',
			title: __( 'Settings', 'entitlement-ledger' ),
			component: SettingsScreen,
		},
	];
	return all.filter( ( screen ) =>
		canOpenScreen( screen.name, capabilities )
	);
}

export const DEFAULT_SCREEN = 'circulation';
