public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``PowerOnHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let powerOnHostExample = #"""
        {
          "inventory": {
            "zoneUuid": "077e1e33da4ce4a02b43e8175b92113e",
            "name": "name",
            "uuid": "e8eba1b06ed118ea41093fff08ba70a5",
            "clusterUuid": "786060f63c93fed9f37ab77aa2f0e598",
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
    public func powerOnHost(
        _ request: PowerOnHost.Request
    ) async throws -> PowerOnHost.Response {
        try Self.example(PowerOnHost.Response.self, json: Self.powerOnHostExample)
    }
}
