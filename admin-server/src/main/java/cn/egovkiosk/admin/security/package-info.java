/**
 * Spring Security for the management API: users and roles from configuration, the role × endpoint rules, and the
 * audit log's read endpoint.
 */
package cn.egovkiosk.admin.security;
