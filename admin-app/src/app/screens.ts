/**
 * External dependencies
 */
import type { ComponentType } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import CirculationScreen from '../features/circulation/CirculationScreen';
import GiftsScreen from '../features/gifts/GiftsScreen';
import ReportsScreen from '../features/reports/ReportsScreen';
import SettingsScreen from '../features/settings/SettingsScreen';

export interface Screen {
	name: string;
	title: string;
	component: ComponentType;
}

/**
 * The screens of the admin app, in navigation order. `name` is the value of
 * the `screen` query argument of admin.php?page=entitlement-ledger.
 */
export function getScreens(): Screen[] {
	return [
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
			name: 'settings',
			title: __( 'Settings', 'entitlement-ledger' ),
			component: SettingsScreen,
		},
	];
}

export const DEFAULT_SCREEN = 'circulation';
