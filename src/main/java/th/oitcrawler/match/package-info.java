/**
 * Finds each checklist item's candidate evidence in the link graph: item codes and title keywords
 * in anchor texts, in the table row around a link (ITA pages link with nothing but "เปิด"), in page
 * titles and headings, and in document file names. Gives candidates with how they were found;
 * judges nothing.
 */
package th.oitcrawler.match;
