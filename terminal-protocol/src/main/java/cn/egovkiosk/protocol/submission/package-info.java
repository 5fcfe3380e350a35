/** Submissions (applications) and their acknowledgements. */
package cn.egovkiosk.protocol.submission;
