public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateKVMHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateKVMHostExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "c8b519b16dff296bf74e56fe6924b084",
            "name": "name",
            "uuid": "f2dcdb08a94d5045ae80085d4c8a4ece",
            "clusterUuid": "1a4a1fb81b4c38d0dad2c55c9722141a",
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
    public func updateKVMHost(
        _ request: UpdateKVMHost.Request
    ) async throws -> UpdateKVMHost.Response {
        try Self.example(UpdateKVMHost.Response.self, json: Self.updateKVMHostExample)
    }
}
