public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmMigrationCandidateHosts``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmMigrationCandidateHostsExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "zoneUuid": "4c09ef5df843bc7d1047642d82c55887",
              "name": "name",
              "uuid": "30bf01671517d95331b9efc6d80301a2",
              "clusterUuid": "286461d65c1b18fa6f9945a7d1dbb4d2",
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
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmMigrationCandidateHosts(
        _ request: GetVmMigrationCandidateHosts.Request
    ) async throws -> GetVmMigrationCandidateHosts.Response {
        try Self.example(GetVmMigrationCandidateHosts.Response.self, json: Self.getVmMigrationCandidateHostsExample)
    }
}
