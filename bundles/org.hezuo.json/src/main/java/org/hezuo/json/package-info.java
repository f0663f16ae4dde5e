/** Reading and writing cases and decisions as JSON, with field errors instead of exceptions. */
@Export
@Version("1.1.0")
package org.hezuo.json;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
