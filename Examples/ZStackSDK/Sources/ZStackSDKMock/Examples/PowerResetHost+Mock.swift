public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``PowerResetHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let powerResetHostExample = #"""
        {
          "inventory": {
            "zoneUuid": "48bf255dd5b418cd7ed20db4d6c5ec9d",
            "name": "name",
            "uuid": "55d09b5a200c57ff4a89f9b1ded304eb",
            "clusterUuid": "be7a579ee11c23fe6f542bfec85932bc",
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
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func powerResetHost(
        _ request: PowerResetHost.Request
    ) async throws -> PowerResetHost.Response {
        try Self.example(PowerResetHost.Response.self, json: Self.powerResetHostExample)
    }
}
