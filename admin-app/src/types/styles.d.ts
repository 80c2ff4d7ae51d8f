/**
 * Stylesheets imported for their side effect: webpack extracts them into
 * index.css (Jest maps them to a mock).
 */
declare module '*.css';
declare module '*.scss';
