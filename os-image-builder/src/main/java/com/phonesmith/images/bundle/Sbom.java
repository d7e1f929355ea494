package com.phonesmith.images.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;

/**
 * The bundle's software bill of materials in CycloneDX JSON: every package with its version and digest. The
 * serial number is derived from the bundle's inputs and the time stamp is fixed, so it is reproducible.
 */
public final class Sbom {
    private static final Date FIXED_TIME = Date.from(java.time.Instant.parse("2026-01-01T00:00:00Z"));

    private Sbom() {
    }

    public static byte[] json(String inputKey, String fingerprint, String release, String model,
            List<SbomComponent> packages) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(inputKey.getBytes(StandardCharsets.UTF_8)));
        bom.setVersion(1);
        Metadata metadata = new Metadata();
        metadata.setTimestamp(FIXED_TIME);
        Component image = new Component();
        image.setType(Component.Type.OPERATING_SYSTEM);
        image.setName("phonesmith-os-" + model);
        image.setVersion(release);
        image.setBomRef(fingerprint);
        metadata.setComponent(image);
        bom.setMetadata(metadata);
        List<Component> components = new ArrayList<>();
        for (SbomComponent item : packages.stream().sorted(Comparator.comparing(SbomComponent::name)).toList()) {
            Component component = new Component();
            component.setType(Component.Type.LIBRARY);
            component.setName(item.name());
            component.setVersion(item.version());
            component.setBomRef(item.name() + "@" + item.version());
            component.setPurl("pkg:generic/phonesmith/" + item.name() + "@" + item.version());
            component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, item.sha256())));
            Property partition = new Property();
            partition.setName("phonesmith:partition");
            partition.setValue(item.partition());
            component.setProperties(List.of(partition));
            components.add(component);
        }
        bom.setComponents(components);
        try {
            return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString()
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneratorException e) {
            throw new IllegalStateException("cannot write the bill of materials", e);
        }
    }
}
