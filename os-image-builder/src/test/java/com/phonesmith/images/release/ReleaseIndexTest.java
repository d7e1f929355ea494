package com.phonesmith.images.release;

import static com.phonesmith.images.release.TestPackage.product;
import static com.phonesmith.images.release.TestPackage.system;
import static com.phonesmith.images.release.TestPackage.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseIndexTest {
    private final Release release = TestPackage.release(List.of("lumo-one"), List.of("backup"), List.of("browser"),
            system("base-libc").essential().provides("libc").file("/lib64/libc.so"),
            system("system-webview").provides("webview").needs("libc"),
            vendor("vendor-lumo-one").conflicts("vendor-image").provides("vendor-image").file("/firmware/modem.bin"),
            product("feature-backup").needs("backup-webdav | backup-sftp"),
            product("backup-webdav"),
            product("backup-sftp"),
            product("app-browser").version("124.0").needs("webview"));

    @Test
    void aReleaseSurvivesAJsonRoundTrip() throws Exception {
        String json = ReleaseIndex.toJson(release);

        Release read = ReleaseIndex.fromJson(json);

        assertThat(read).isEqualTo(release);
        assertThat(ReleaseIndex.toJson(read)).isEqualTo(json);
    }

    @Test
    void theIndexCarriesTheSha256OfEveryFile() {
        String json = ReleaseIndex.toJson(release);

        for (ReleasePackage p : release.packages()) {
            for (PackageFile file : p.files()) {
                assertThat(json).contains("\"sha256\" : \"" + file.sha256() + "\"");
            }
        }
    }

    @Test
    void writingAndReadingStreamsGivesTheSameRelease() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ReleaseIndex.write(release, out);

        assertThat(ReleaseIndex.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(release);
    }

    @Test
    void theJsonDoesNotDependOnTheOrderPackagesAndCatalogEntriesWereGivenIn() {
        List<ReleasePackage> shuffled = new ArrayList<>(release.packages());
        Collections.reverse(shuffled);
        CatalogMap catalog = release.catalog();
        Release reordered = new Release(release.version(), shuffled, new CatalogMap(
                new LinkedHashMap<>(Map.of("lumo-one", "vendor-lumo-one")), catalog.features(), catalog.apps()));

        assertThat(ReleaseIndex.toJson(reordered)).isEqualTo(ReleaseIndex.toJson(release));
    }

    @Test
    void packagesAreWrittenSortedByNameWithSortedKeysAndModesInOctal() {
        String json = ReleaseIndex.toJson(release);

        assertThat(json.indexOf("\"name\" : \"app-browser\"")).isLessThan(json.indexOf("\"name\" : \"backup-sftp\""));
        assertThat(json.indexOf("\"conflicts\"")).isLessThan(json.indexOf("\"depends\""));
        assertThat(json).contains("\"mode\" : \"0644\"").contains("\"type\" : \"generated\"")
                .contains("\"type\" : \"inline\"").doesNotContain("\r");
    }
}
