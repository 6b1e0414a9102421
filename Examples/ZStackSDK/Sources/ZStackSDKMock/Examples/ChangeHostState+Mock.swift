public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeHostState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeHostStateExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "2d7e3d1a6c84ebd39c056b574283c1e2",
            "name": "name",
            "uuid": "181a4efc57277105668ab8719dc2591c",
            "clusterUuid": "612c58fcaff97de017667d67fe99a890",
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
    public func changeHostState(
        _ request: ChangeHostState.Request
    ) async throws -> ChangeHostState.Response {
        try Self.example(ChangeHostState.Response.self, json: Self.changeHostStateExample)
    }
}
