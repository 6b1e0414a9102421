public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateClusterOS``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateClusterOSExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0d73286c6f022afde53eb7a7579187c4",
            "name": "name",
            "description": "description",
            "apiId": "apiId",
            "jobName": "jobName",
            "jobData": "jobData",
            "jobResult": "jobResult",
            "state": "Waiting",
            "targetResourceUuid": "5102812dfb71e2d2e258e1324e161142",
            "managementNodeUuid": "68f68063392d4654015d470f4f922ffc",
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
    public func updateClusterOS(
        _ request: UpdateClusterOS.Request
    ) async throws -> UpdateClusterOS.Response {
        try Self.example(UpdateClusterOS.Response.self, json: Self.updateClusterOSExample)
    }
}
