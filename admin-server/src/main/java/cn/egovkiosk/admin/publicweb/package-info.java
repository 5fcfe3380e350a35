/**
 * The public web pages residents and third parties reach without a login: certificate verification
 * ({@code /verify/{code}}) and the progress query ({@code /progress}). Plain server-rendered HTML: no personal data
 * in URLs, only masked data on the page, texts from the message bundles.
 */
package cn.egovkiosk.admin.publicweb;
