/** The JSON factories the application builds and reads JSON with, looked up once. */
package org.madoguchi.platform.json;
