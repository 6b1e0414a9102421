public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateResourceConfigs``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateResourceConfigsExample = #"""
        {
          "inventories": [
            {
              "value": "value",
              "effectiveConfigs": [
                {
                  "uuid": "a569dc918d22db3b8dd45fdea1e88421",
                  "resourceUuid": "f7f6b54e0b9d06835aca2b390e6f48c6",
                  "resourceType": "resourceType",
                  "name": "name",
                  "description": "description",
                  "category": "category",
                  "value": "value",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "name": "name"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateResourceConfigs(
        _ request: UpdateResourceConfigs.Request
    ) async throws -> UpdateResourceConfigs.Response {
        try Self.example(UpdateResourceConfigs.Response.self, json: Self.updateResourceConfigsExample)
    }
}
