/**
 * Word (.docx) document generation: compile a template once, render it per case.
 */
@Version("1.2.0")
@Export
package org.hezuo.documents;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
