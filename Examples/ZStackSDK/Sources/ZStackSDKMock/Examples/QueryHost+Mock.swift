public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryHostExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "zoneUuid": "e2d1a03ac5c577175ee929d70c892bb5",
              "name": "name",
              "uuid": "de2f179d3fbbf2a5cda5ac715683376d",
              "clusterUuid": "f0019046abf337e4550ed1811c7bcd68",
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
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryHost(
        _ request: QueryHost.Request
    ) async throws -> QueryHost.Response {
        try Self.example(QueryHost.Response.self, json: Self.queryHostExample)
    }
}
