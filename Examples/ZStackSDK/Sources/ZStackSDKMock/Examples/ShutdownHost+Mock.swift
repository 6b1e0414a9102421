public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ShutdownHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let shutdownHostExample = #"""
        {
          "inventory": {
            "zoneUuid": "8ae34d44a3c8e6dd5555014024ea2160",
            "name": "name",
            "uuid": "6b3c686c80e232971c1d3e6b2eb6bda6",
            "clusterUuid": "7de03779480f9f3ecad8256261fd287a",
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
    public func shutdownHost(
        _ request: ShutdownHost.Request
    ) async throws -> ShutdownHost.Response {
        try Self.example(ShutdownHost.Response.self, json: Self.shutdownHostExample)
    }
}
