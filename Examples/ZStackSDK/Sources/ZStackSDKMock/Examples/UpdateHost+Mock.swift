public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateHostExample = #"""
        {
          "success": true,
          "inventory": {
            "zoneUuid": "4b3c5e62ec6ca1c63da53b9fead0347f",
            "name": "name",
            "uuid": "2752f0eea350915079b3d67841657375",
            "clusterUuid": "23aaf3a9445ac0e397df28dd483f84c4",
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
    public func updateHost(
        _ request: UpdateHost.Request
    ) async throws -> UpdateHost.Response {
        try Self.example(UpdateHost.Response.self, json: Self.updateHostExample)
    }
}
