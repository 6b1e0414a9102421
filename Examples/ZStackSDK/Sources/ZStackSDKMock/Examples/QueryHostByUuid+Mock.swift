public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryHostByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryHostByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "zoneUuid": "f32c05243929f2274ac0a9524b4efb1d",
              "name": "name",
              "uuid": "129a4c7d82c3b6cd4cac367b0a6819a5",
              "clusterUuid": "c492e66d29ca1c040ad3d24f36464da4",
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
    public func queryHostByUuid(
        _ request: QueryHostByUuid.Request
    ) async throws -> QueryHostByUuid.Response {
        try Self.example(QueryHostByUuid.Response.self, json: Self.queryHostByUuidExample)
    }
}
