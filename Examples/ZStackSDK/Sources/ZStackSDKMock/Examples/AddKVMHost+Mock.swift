public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddKVMHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addKVMHostExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "3aba281920d9f2765cc302f674c84549",
            "name": "name",
            "uuid": "ea086d3b48f59b206ff60af81dd76ebe",
            "clusterUuid": "42fb9a6eca8b33b31aae11f61eecc463",
            "description": "description",
            "managementIp": "managementIp",
            "hypervisorType": "hypervisorType",
            "state": "state",
            "status": "status",
            "totalCpuCapacity": 1,
            "availableCpuCapacity": 1,
            "cpuSockets": 1,
            "totalMemoryCapacity": 1,
            "availableMemoryCapacity": 1,
            "cpuNum": 1,
            "ipmiAddress": "ipmiAddress",
            "ipmiUsername": "ipmiUsername",
            "ipmiPort": 1,
            "ipmiPowerStatus": "ipmiPowerStatus",
            "architecture": "architecture",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addKVMHost(
        _ request: AddKVMHost.Request
    ) async throws -> AddKVMHost.Response {
        try Self.example(AddKVMHost.Response.self, json: Self.addKVMHostExample)
    }
}
