/**
 * WordPress dependencies
 */
import { registerBlockType } from '@wordpress/blocks';
import type { BlockConfiguration } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import metadata from './block.json';
import Edit from './edit';
import './style.scss';

/*
 * Dynamic block: render.php prints it, so there is nothing to save.
 */
registerBlockType( metadata as BlockConfiguration, {
	edit: Edit,
	save: () => null,
} );
