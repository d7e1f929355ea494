package com.phonesmith.configurator.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An option's place in its group (an option is in one group at most). */
@Entity
@Table(name = "option_group_member")
public class OptionGroupMemberEntity extends PanacheEntityBase {
    @Id
    @Column(name = "option_code")
    public String optionCode;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(nullable = false)
    public int position;
}
