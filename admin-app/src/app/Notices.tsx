/**
 * WordPress dependencies
 */
import { SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * The app's snackbars (notices of type "snackbar" in core/notices), shown at
 * the bottom of the screen; an action such as "Undo" can ride on them.
 */
export default function Notices() {
	const notices = useSelect(
		( select ) =>
			select( noticesStore )
				.getNotices()
				.filter( ( notice ) => notice.type === 'snackbar' ),
		[]
	);
	const { removeNotice } = useDispatch( noticesStore );
	return (
		<SnackbarList
			className="el-admin__snackbars"
			notices={ notices as never }
			onRemove={ removeNotice }
		/>
	);
}
