package com.phonesmith.images.packages;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The package index kept in this service's database. */
@ApplicationScoped
public class PackageIndex {

    /** Every package of the index, by name. */
    public List<PackageSpec> all() {
        return IndexedPackage.<IndexedPackage>listAll(Sort.by("name")).stream().map(IndexedPackage::toSpec).toList();
    }

    /** A resolver over the index as it is now. */
    public PackageResolver resolver() {
        return new PackageResolver(all());
    }
}
