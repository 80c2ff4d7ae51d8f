/*
 * Stands in for the DataViews layouts the admin app does not offer (grid,
 * list, activity and the picker layouts). The app's lists offer the table
 * layout only (`defaultLayouts: { table: {} }`), so DataViews never renders
 * these; webpack.config.js swaps them out because DataViews lists every
 * layout in one array, which tree-shaking cannot trim.
 */
export default function UnusedDataViewsLayout() {
	return null;
}
