/** What rule files may use: the output collector, pack parameters and date and number helpers. */
@Export
@Version("1.0.0")
package org.hezuo.api.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
