public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSimulatorHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSimulatorHostExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "d4fa88f7561a8282ebd506de633f777d",
            "name": "name",
            "uuid": "9838bc0a75389934bb7cf5952fbeada2",
            "clusterUuid": "9e7525d65dffaa53bc1efd0ca9f48b9a",
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
    public func addSimulatorHost(
        _ request: AddSimulatorHost.Request
    ) async throws -> AddSimulatorHost.Response {
        try Self.example(AddSimulatorHost.Response.self, json: Self.addSimulatorHostExample)
    }
}
