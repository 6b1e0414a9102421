public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryHostOsCategory``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryHostOsCategoryExample = #"""
        {
          "inventories": [
            {
              "uuid": "6d32f61f1eea88550ad7a25d11f988a8",
              "architecture": "architecture",
              "osReleaseVersion": "osReleaseVersion",
              "metadataList": [
                {
                  "uuid": "6f12557ace4426a8464dabd3c2a74008",
                  "categoryUuid": "0187f4379367a4d8626d9a2258cb3ef6",
                  "managementNodeUuid": "cc7a2ed8dbc54241492992d5624c962b",
                  "hypervisor": "hypervisor",
                  "version": "version",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryHostOsCategory(
        _ request: QueryHostOsCategory.Request
    ) async throws -> QueryHostOsCategory.Response {
        try Self.example(QueryHostOsCategory.Response.self, json: Self.queryHostOsCategoryExample)
    }
}
