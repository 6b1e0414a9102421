public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectHostExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "3a4f61eefae459b92a0943fc106fe91d",
            "name": "name",
            "uuid": "8716d3e726b4a94fb55911ee8b62ec0a",
            "clusterUuid": "fe13e35b240ee6befbfe00a7dd160c92",
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
    public func reconnectHost(
        _ request: ReconnectHost.Request
    ) async throws -> ReconnectHost.Response {
        try Self.example(ReconnectHost.Response.self, json: Self.reconnectHostExample)
    }
}
