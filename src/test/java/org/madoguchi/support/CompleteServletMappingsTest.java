package org.madoguchi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompleteServletMappingsTest {

    @Test
    void theTestRunnerIsAssumedWherePayaraMicroDeploysTheArchive() {
        assertEquals("/", CompleteServletMappings.contextRoot("ROOT.war"));
        assertEquals("/madoguchi", CompleteServletMappings.contextRoot("madoguchi.war"));
    }
}
